#include <qpdf/qpdf-c.h>

/// QPDF_ERRORS as a constant Swift can import (the macro is an expression).
static const int CQPDF_ERRORS = QPDF_ERRORS;
