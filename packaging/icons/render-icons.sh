#!/usr/bin/env bash
# Re-renders the committed raster icons from licensedesk.svg; run after editing the SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
svg=licensedesk.svg
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/apps/licensedesk.png"
done
# Windows: one .ico with the sizes Explorer asks for.
convert hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/apps/licensedesk.png \
    ../windows/licensedesk.ico
# macOS: png2icns takes the sizes the .icns format knows (16, 32, 48, 128, 256, 512).
png2icns ../macos/licensedesk.icns \
    hicolor/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/licensedesk.png >/dev/null
