#include "guarded_error.h"

static void guarded_error_exit(j_common_ptr cinfo) {
    guarded_error_mgr *mgr = (guarded_error_mgr *)cinfo->err;
    if (mgr->err != NULL && mgr->err_length > 0) {
        char message[JMSG_LENGTH_MAX];
        (*cinfo->err->format_message)(cinfo, message);
        snprintf(mgr->err, mgr->err_length, "%s", message);
    }
    longjmp(mgr->escape, 1);
}

/// Warnings (level -1) end the call as errors do; trace messages (level 0 and up) are ignored.
static void guarded_emit_message(j_common_ptr cinfo, int level) {
    if (level < 0) {
        guarded_error_exit(cinfo);
    }
}

struct jpeg_error_mgr *guarded_error_init(guarded_error_mgr *mgr, char *err, size_t err_length,
                                          int warnings_are_errors) {
    struct jpeg_error_mgr *base = jpeg_std_error(&mgr->base);
    base->error_exit = guarded_error_exit;
    if (warnings_are_errors) {
        base->emit_message = guarded_emit_message;
    }
    mgr->err = err;
    mgr->err_length = err_length;
    return base;
}
