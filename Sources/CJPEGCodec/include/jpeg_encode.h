#ifndef PLANPRESS_JPEG_ENCODE_H
#define PLANPRESS_JPEG_ENCODE_H

#include <stddef.h>

/// Encodes a Cairo CAIRO_FORMAT_RGB24 buffer (`width` × `height`, `stride` bytes per row) as a baseline
/// JPEG of `quality` (1–100), 4:2:0, no metadata. On success returns 0 and sets `*out` to a buffer of
/// `*out_length` bytes the caller frees with `free`; otherwise non-zero with libjpeg's message in `err`.
int pp_jpeg_encode_rgb24(const unsigned char *pixels, int stride, int width, int height, int quality,
                         unsigned char **out, unsigned long *out_length, char *err, size_t err_length);

#endif
