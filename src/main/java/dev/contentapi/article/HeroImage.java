package dev.contentapi.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The picture at the top of an article, with what a screen reader says and what the page prints under it. */
@Embeddable
public class HeroImage {

    @Column(name = "hero_image_url")
    public String url;

    @Column(name = "hero_image_alt")
    public String alt;

    @Column(name = "hero_image_caption")
    public String caption;

    @Column(name = "hero_image_credit")
    public String credit;
}
