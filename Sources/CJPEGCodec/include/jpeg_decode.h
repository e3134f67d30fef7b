#ifndef PLANPRESS_JPEG_DECODE_H
#define PLANPRESS_JPEG_DECODE_H

#include <stddef.h>

/// Header facts of a JPEG stream, read without decoding pixels.
typedef struct {
    int width;
    int height;
    /// Number of colour components in the file: 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK.
    int components;
} pp_jpeg_info;

/// Reads the header of `data`. Returns 0 on success; otherwise non-zero with libjpeg's message in `err`.
/// libjpeg's fatal errors return here through setjmp instead of ending the process.
int pp_jpeg_read_info(const unsigned char *data, size_t length, pp_jpeg_info *info,
                      char *err, size_t err_length);

/// Decodes `data`, scaled by 1/`scale_denominator` (1, 2, 4 or 8), into `pixels`: a Cairo
/// CAIRO_FORMAT_RGB24 buffer of `stride` bytes per row, sized for the scaled image
/// (see pp_jpeg_scaled_size). Grey, RGB/YCbCr and CMYK/YCCK (Adobe-inverted or not) are handled.
/// Returns 0 on success; otherwise non-zero with the reason in `err`.
int pp_jpeg_decode_rgb24(const unsigned char *data, size_t length, int scale_denominator,
                         unsigned char *pixels, int stride, int expected_width, int expected_height,
                         char *err, size_t err_length);

/// Decodes all of `data` at 1/8 scale (cheap: no full inverse DCT) and reads on to the EOI marker,
/// so a truncated or corrupt file is found before its bytes are passed through to a PDF or SVG.
/// Returns 0 when the whole image decodes; otherwise non-zero with libjpeg's message in `err`.
int pp_jpeg_verify(const unsigned char *data, size_t length, char *err, size_t err_length);

/// The output size of a decode at 1/`scale_denominator`, as libjpeg computes it.
void pp_jpeg_scaled_size(int width, int height, int scale_denominator, int *out_width, int *out_height);

#endif
