package dev.contentapi.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import dev.contentapi.person.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's part in a film: Alejandra Márquez Abella directed it; Michael Peña plays José Hernández in it. */
@Entity
public class Credit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "film_id")
    public Film film;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    public CreditKind kind;

    /** The part played, for cast credits. */
    @Column(name = "character_name")
    public String characterName;

    /** Billing order within the film, from 1. */
    public int position;
}
