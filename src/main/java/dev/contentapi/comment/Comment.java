package dev.contentapi.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import dev.contentapi.article.Article;
import dev.contentapi.common.persistence.EditableEntity;

/** A reader's comment on an article, or a reply to another comment (threads go three levels deep). */
@Entity
public class Comment extends EditableEntity {

    public static final int MAX_DEPTH = 3;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Comment parent;

    /** 1 for a comment on the article, 2 for a reply to it, 3 for a reply to a reply. */
    public short depth;

    /** Display name; null only for comments imported without one. */
    @Column(name = "author_name")
    public String authorName;

    /** Private: never in a public response. */
    @Column(name = "author_email")
    public String authorEmail;

    /** Plain text, served as written and never as markup. */
    public String body;

    public CommentStatus status;

    /** Private: for moderators only. */
    @Column(name = "moderation_note")
    public String moderationNote;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    /** A hash of the sender's address, to refuse the same comment sent twice; never shown. */
    @Column(name = "client_hash")
    public String clientHash;
}
