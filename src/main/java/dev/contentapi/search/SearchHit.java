package dev.contentapi.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item that matches a search: what it is, where it is, and the words of it that match. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(description = "What kind of item it is.", example = "person", required = true) SearchType type,
        @Schema(example = "jose-hernandez", required = true) String slug,
        @Schema(description = "The article's or film's title, or the person's name: plain text, to be escaped like any other.", example = "José Hernández", required = true) String title,
        @Schema(nullable = true, description = SNIPPET, example = "<mark>José</mark> <mark>Hernández</mark> is a NASA flight engineer and astronaut, born the son of California migrant farm workers.") String snippet,
        @Schema(description = "How well it matches: higher is better, from 0 to 1. Comparable within one search only.", example = "0.7072", required = true) double rank,
        @Schema(description = "The item itself.", example = "/api/v1/people/jose-hernandez", required = true) String self) {

    static final String SNIPPET = "Up to two passages of the item's text (an article's dek, summary and body; a person's bios; "
            + "a film's synopsis) around the words that match, each of those words in `<mark>`…`</mark>`. "
            + "It is HTML, safe to insert as it is: the text is escaped (`&`, `<`, `>`, quotes) and `mark` is the only "
            + "element in it. Markup in the text (Markdown headings, quotes, list markers, bold and links; HTML tags) is "
            + "left out, and each run of white space is one space. Null when the item has no text besides its title.";
}
