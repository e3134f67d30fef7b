#include "jpeg_encode.h"
#include "guarded_error.h"

#include <stdint.h>
#include <stdlib.h>

int pp_jpeg_encode_rgb24(const unsigned char *pixels, int stride, int width, int height, int quality,
                         unsigned char **out, unsigned long *out_length, char *err, size_t err_length) {
    struct jpeg_compress_struct cinfo;
    guarded_error_mgr mgr;
    unsigned char *row = NULL;
    /* libjpeg writes (and grows) the output buffer through this address, so it lives in memory and is
       still current after an error's longjmp. */
    unsigned char *destination = NULL;
    unsigned long length = 0;
    cinfo.err = guarded_error_init(&mgr, err, err_length, 0);
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
