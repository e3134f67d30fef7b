#ifndef PLANPRESS_PANGO_GLYPH_RENDERER_H
#define PLANPRESS_PANGO_GLYPH_RENDERER_H

#include <pango/pango.h>

/// Where `pp_draw_layout_line` hands what Pango's renderer would draw: each run's glyph item at its
/// position (Pango units, relative to the line's origin, y down, rise applied) in its foreground colour,
/// and the rectangles of underlines, strikethroughs and backgrounds. `color` is NULL when no colour is set;
/// `alpha` is 0 when none is set (opaque).
typedef struct {
    void *context;
    void (*glyph_item)(void *context, const char *text, PangoGlyphItem *item, int x, int y,
                       const PangoColor *color, guint16 alpha);
    void (*rectangle)(void *context, int part, int x, int y, int width, int height,
                      const PangoColor *color, guint16 alpha);
} PPGlyphSink;

/// Runs Pango's own line renderer (`pango_renderer_draw_layout_line`, as `pango_cairo_show_layout_line`
/// does) over `line` at (x, y) in Pango units, reporting to `sink` instead of drawing.
void pp_draw_layout_line(PangoLayoutLine *line, int x, int y, const PPGlyphSink *sink);

#endif
