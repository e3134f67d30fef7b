#include "jpeg_encode.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <jpeglib.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf escape;
    char *err;
    size_t err_length;
} guarded_error_mgr;

static void guarded_error_exit(j_common_ptr cinfo) {
    guarded_error_mgr *mgr = (guarded_error_mgr *)cinfo->err;
    if (mgr->err != NULL && mgr->err_length > 0) {
        char message[JMSG_LENGTH_MAX];
        (*cinfo->err->format_message)(cinfo, message);
        snprintf(mgr->err, mgr->err_length, "%s", message);
    }
    longjmp(mgr->escape, 1);
}

int pp_jpeg_encode_rgb24(const unsigned char *pixels, int stride, int width, int height, int quality,
                         unsigned char **out, unsigned long *out_length, char *err, size_t err_length) {
    struct jpeg_compress_struct cinfo;
    guarded_error_mgr mgr;
    unsigned char *row = NULL;
    /* libjpeg writes (and grows) the output buffer through this address, so it lives in memory and is
       still current after an error's longjmp. */
    unsigned char *destination = NULL;
    unsigned long length = 0;
    cinfo.err = jpeg_std_error(&mgr.base);
    mgr.base.error_exit = guarded_error_exit;
    mgr.err = err;
    mgr.err_length = err_length;
    row = malloc((size_t)width * 3);
    if (row == NULL) {
        snprintf(err, err_length, "out of memory");
        return 1;
    }
    if (setjmp(mgr.escape)) {
        jpeg_destroy_compress(&cinfo);
        free(row);
        free(destination);
        return 1;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, &destination, &length);
    cinfo.image_width = (JDIMENSION)width;
    cinfo.image_height = (JDIMENSION)height;
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    cinfo.write_JFIF_header = TRUE;
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        /* Cairo RGB24: one native-endian uint32 per pixel, 0x00RRGGBB. */
        const uint32_t *source = (const uint32_t *)(pixels + (size_t)cinfo.next_scanline * (size_t)stride);
        for (int x = 0; x < width; x++) {
            uint32_t pixel = source[x];
            row[3 * x] = (unsigned char)(pixel >> 16);
            row[3 * x + 1] = (unsigned char)(pixel >> 8);
            row[3 * x + 2] = (unsigned char)pixel;
        }
        JSAMPROW rows[1] = {row};
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    free(row);
    *out = destination;
    *out_length = length;
    return 0;
}
