// A PangoRenderer that draws nothing: it reports each glyph item and rectangle, with the colour Pango's
// attributes give it, to a PPGlyphSink. Pango's base class does the rest exactly as for Cairo: runs in
// order, rise, colours from <span> attributes, underline and strikethrough geometry.
#include "pango_glyph_renderer.h"

typedef struct {
    PangoRenderer parent;
    const PPGlyphSink *sink;
} PPRenderer;

typedef struct {
    PangoRendererClass parent_class;
} PPRendererClass;

GType pp_renderer_get_type(void);
G_DEFINE_TYPE(PPRenderer, pp_renderer, PANGO_TYPE_RENDERER)

static void pp_draw_glyph_item(PangoRenderer *renderer, const char *text, PangoGlyphItem *item, int x, int y) {
    PPRenderer *self = (PPRenderer *)renderer;
    self->sink->glyph_item(self->sink->context, text, item, x, y,
                           pango_renderer_get_color(renderer, PANGO_RENDER_PART_FOREGROUND),
                           pango_renderer_get_alpha(renderer, PANGO_RENDER_PART_FOREGROUND));
}

static void pp_draw_glyphs(PangoRenderer *renderer, PangoFont *font, PangoGlyphString *glyphs, int x, int y) {
    // Only shape attributes come here (draw_glyph_item handles every run); PlanPress uses none.
    (void)renderer; (void)font; (void)glyphs; (void)x; (void)y;
}

static void pp_report_rectangle(PangoRenderer *renderer, PangoRenderPart part, int x, int y, int width, int height) {
    PPRenderer *self = (PPRenderer *)renderer;
    PangoColor *color = pango_renderer_get_color(renderer, part);
    guint16 alpha = pango_renderer_get_alpha(renderer, part);
    if (!color) {
        color = pango_renderer_get_color(renderer, PANGO_RENDER_PART_FOREGROUND);
        if (!alpha) alpha = pango_renderer_get_alpha(renderer, PANGO_RENDER_PART_FOREGROUND);
    }
    self->sink->rectangle(self->sink->context, (int)part, x, y, width, height, color, alpha);
}

static void pp_draw_rectangle(PangoRenderer *renderer, PangoRenderPart part, int x, int y, int width, int height) {
    pp_report_rectangle(renderer, part, x, y, width, height);
}

static void pp_draw_error_underline(PangoRenderer *renderer, int x, int y, int width, int height) {
    // A squiggle in Cairo; a plain bar here (no template asks for error underlines).
    pp_report_rectangle(renderer, PANGO_RENDER_PART_UNDERLINE, x, y + height / 3, width, height / 3);
}

static void pp_draw_trapezoid(PangoRenderer *renderer, PangoRenderPart part, double y1, double x11, double x21,
                              double y2, double x12, double x22) {
    (void)renderer; (void)part; (void)y1; (void)x11; (void)x21; (void)y2; (void)x12; (void)x22;
}

static void pp_renderer_init(PPRenderer *self) { self->sink = NULL; }

static void pp_renderer_class_init(PPRendererClass *klass) {
    PangoRendererClass *renderer = PANGO_RENDERER_CLASS(klass);
    renderer->draw_glyph_item = pp_draw_glyph_item;
    renderer->draw_glyphs = pp_draw_glyphs;
    renderer->draw_rectangle = pp_draw_rectangle;
    renderer->draw_error_underline = pp_draw_error_underline;
    renderer->draw_trapezoid = pp_draw_trapezoid;
}

void pp_draw_layout_line(PangoLayoutLine *line, int x, int y, const PPGlyphSink *sink) {
    PPRenderer *renderer = g_object_new(pp_renderer_get_type(), NULL);
    renderer->sink = sink;
    pango_renderer_draw_layout_line(PANGO_RENDERER(renderer), line, x, y);
    g_object_unref(renderer);
}
