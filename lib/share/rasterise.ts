// SVG → PNG on the server with resvg (a native module, loaded by Node rather than bundled: see
// serverExternalPackages in next.config.js). Only the shipped Chinese font is loaded, so the image
// looks the same on every machine, with or without system CJK fonts.
import 'server-only';
import { Resvg } from '@resvg/resvg-js';
import { CJK_FONT_FAMILY, cjkFontFiles } from '@/lib/share/cjk-font';

/** The SVG as a PNG at `scale` times its own size (2 for sharp text on high-density screens). */
export function rasterise(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: cjkFontFiles(),
      defaultFontFamily: CJK_FONT_FAMILY,
      sansSerifFamily: CJK_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
