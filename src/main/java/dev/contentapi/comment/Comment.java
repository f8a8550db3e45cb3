package dev.contentapi.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import dev.contentapi.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reader's comment on an article, or a reply to another comment (threads go three levels deep). */
@Entity
public class Comment extends PanacheEntityBase {

    public static final int MAX_DEPTH = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
