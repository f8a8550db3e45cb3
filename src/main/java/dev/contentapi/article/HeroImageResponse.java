package dev.contentapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The picture at the top of an article. */
@Schema(name = "HeroImage")
public record HeroImageResponse(
        @Schema(nullable = true, description = "Where the image is; null when not known.") String url,
        @Schema(nullable = true, description = "What it shows, for screen readers.", example = "A man in a NASA astronaut's uniform") String alt,
        @Schema(nullable = true, example = "Michael Peña as astronaut José Hernández in ‘A Million Miles Away’") String caption,
        @Schema(nullable = true, description = "Whom the picture is credited to.", example = "Amazon Studios") String credit) {

    static HeroImageResponse of(HeroImage image) {
        if (image == null || image.url == null && image.alt == null && image.caption == null && image.credit == null) {
            return null;
        }
        return new HeroImageResponse(image.url, image.alt, image.caption, image.credit);
    }
}
