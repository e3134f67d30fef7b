#ifndef PLANPRESS_GUARDED_ERROR_H
#define PLANPRESS_GUARDED_ERROR_H

/* Private to CJPEGCodec: libjpeg's error handling, made to return instead of ending the process. */

#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <jpeglib.h>

/// libjpeg's error manager with a way back: on a fatal error libjpeg's message goes into `err` (at most
/// `err_length` bytes, terminated) and control returns to the `setjmp(escape)` of the call in progress.
typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf escape;
    char *err;
    size_t err_length;
} guarded_error_mgr;

/// Sets `mgr` up to catch libjpeg's errors, with their message in `err`; the caller stores the result in
/// its `cinfo.err` and calls `setjmp(mgr->escape)` before any libjpeg call that may fail. When
/// `warnings_are_errors` is non-zero, a warning (for example "premature end of data") fails the call too:
/// a decoder wants that, since the image it read is unreliable.
struct jpeg_error_mgr *guarded_error_init(guarded_error_mgr *mgr, char *err, size_t err_length,
                                          int warnings_are_errors);

#endif
