#include "jpeg_decode.h"
#include "guarded_error.h"

#include <stdlib.h>

int pp_jpeg_read_info(const unsigned char *data, size_t length, pp_jpeg_info *info,
                      char *err, size_t err_length) {
    struct jpeg_decompress_struct cinfo;
    guarded_error_mgr mgr;
    cinfo.err = guarded_error_init(&mgr, err, err_length, 1);
    if (setjmp(mgr.escape)) {
        jpeg_destroy_decompress(&cinfo);
        return 1;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    info->width = (int)cinfo.image_width;
    info->height = (int)cinfo.image_height;
    info->components = cinfo.num_components;
    jpeg_destroy_decompress(&cinfo);
    return 0;
}

void pp_jpeg_scaled_size(int width, int height, int scale_denominator, int *out_width, int *out_height) {
    *out_width = (width + scale_denominator - 1) / scale_denominator;
    *out_height = (height + scale_denominator - 1) / scale_denominator;
}

static void store_cmyk_row(const JSAMPLE *cmyk, unsigned char *row, int width, int inverted) {
    for (int x = 0; x < width; x++) {
        int c = cmyk[4 * x], m = cmyk[4 * x + 1], y = cmyk[4 * x + 2], k = cmyk[4 * x + 3];
        if (!inverted) {
            c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k;
        }
        /* Adobe-inverted values: 255 means no ink, so channel = value * k / 255. */
        unsigned char *px = row + 4 * x;
        px[0] = (unsigned char)((y * k + 127) / 255);
        px[1] = (unsigned char)((m * k + 127) / 255);
        px[2] = (unsigned char)((c * k + 127) / 255);
        px[3] = 0xff;
    }
}

int pp_jpeg_decode_rgb24(const unsigned char *data, size_t length, int scale_denominator,
                         unsigned char *pixels, int stride, int expected_width, int expected_height,
                         char *err, size_t err_length) {
    struct jpeg_decompress_struct cinfo;
    guarded_error_mgr mgr;
    JSAMPLE *volatile cmyk_row = NULL;
    cinfo.err = guarded_error_init(&mgr, err, err_length, 1);
    if (setjmp(mgr.escape)) {
        free(cmyk_row);
        jpeg_destroy_decompress(&cinfo);
        return 1;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    int is_cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    int inverted = is_cmyk && cinfo.saw_Adobe_marker;
    cinfo.out_color_space = is_cmyk ? JCS_CMYK : JCS_EXT_BGRX;
    cinfo.scale_num = 1;
    cinfo.scale_denom = (unsigned int)scale_denominator;
    cinfo.dct_method = JDCT_ISLOW;
    jpeg_start_decompress(&cinfo);
    if ((int)cinfo.output_width != expected_width || (int)cinfo.output_height != expected_height) {
        snprintf(err, err_length, "decoded size %ux%u differs from the expected %dx%d",
                 cinfo.output_width, cinfo.output_height, expected_width, expected_height);
        jpeg_destroy_decompress(&cinfo);
        return 1;
    }
    if (is_cmyk) {
        cmyk_row = malloc((size_t)cinfo.output_width * 4);
        if (cmyk_row == NULL) {
            snprintf(err, err_length, "out of memory");
            jpeg_destroy_decompress(&cinfo);
            return 1;
        }
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *row = pixels + (size_t)cinfo.output_scanline * (size_t)stride;
        if (is_cmyk) {
            JSAMPROW rows[1] = { cmyk_row };
            jpeg_read_scanlines(&cinfo, rows, 1);
            store_cmyk_row(cmyk_row, row, (int)cinfo.output_width, inverted);
        } else {
            JSAMPROW rows[1] = { row };
            jpeg_read_scanlines(&cinfo, rows, 1);
        }
    }
    jpeg_finish_decompress(&cinfo);
    free(cmyk_row);
    jpeg_destroy_decompress(&cinfo);
    return 0;
}

int pp_jpeg_verify(const unsigned char *data, size_t length, char *err, size_t err_length) {
    struct jpeg_decompress_struct cinfo;
    guarded_error_mgr mgr;
    JSAMPLE *volatile row = NULL;
    cinfo.err = guarded_error_init(&mgr, err, err_length, 1);
    if (setjmp(mgr.escape)) {
        free(row);
        jpeg_destroy_decompress(&cinfo);
        return 1;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    cinfo.scale_num = 1;
    cinfo.scale_denom = 8;
    cinfo.dct_method = JDCT_IFAST;
    cinfo.do_fancy_upsampling = FALSE;
    jpeg_start_decompress(&cinfo);
    row = malloc((size_t)cinfo.output_width * (size_t)cinfo.output_components);
    if (row == NULL) {
        snprintf(err, err_length, "out of memory");
        jpeg_destroy_decompress(&cinfo);
        return 1;
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW rows[1] = { row };
        jpeg_read_scanlines(&cinfo, rows, 1);
    }
    /* Reads up to the EOI marker: a file cut after the last scan, or with junk markers there, fails here. */
    jpeg_finish_decompress(&cinfo);
    free(row);
    jpeg_destroy_decompress(&cinfo);
    return 0;
}
