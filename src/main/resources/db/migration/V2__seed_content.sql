-- Seed content: the site's first saved page -- the article on A Million Miles Away, its film, the people
-- it is about, its author, and the "recent comments" sidebar (four other articles, one comment on each).
-- Text is copied from the page as it is (accents, curly quotes, typos, "..." truncations); nothing is
-- invented: what the page does not state is left null or empty. Foreign keys are looked up by slug.

-- People
insert into person (slug, name, sort_name, short_bio, long_bio, roles, birthplace, affiliations, links)
values ('jose-hernandez', 'José Hernández', 'Hernández, José',
        'José Hernández is a NASA flight engineer and astronaut, born the son of California migrant farm workers.',
        'Today, José works as a consultant within the company he founded in 2012, Tierra Luna Engineering, LLC. Here, he works on his areas of interest that include aerospace consulting, renewable energy, and Science, Technology, Engineering, and Math (STEM) outreach.

Projects he has worked on include serving as the technical liaison to Mexico’s Secretaria de Comunicaciones y Transportes (SCT) where he helped develop the technical requirements to procure three communications satellites from Boeing. In this role he assisted in the procurement and the acceptance testing process.

He also ensured the launch and orbit placement of the three satellites with three different launch service providers. Current activities include serving as a visiting professor at the Universidad Autonoma del Estado de Puebla (UPAEP) in Puebla, Mexico where he is mentoring UPAEP faculty and students and through a Space Act Agreement with NASA and the Mexican Space Agency, will assist UPAEP in the design, testing and launch of the first functioning satellite designed and built by a university in Mexico.

The scheduled launch date is October 2019 aboard a Falcon 9 rocket as part of a Nanoracks payload.',
        '{astronaut,engineer,consultant,professor}', null,
        '[{"organisation": "NASA", "role": "Astronaut and flight engineer"}, {"organisation": "Tierra Luna Engineering, LLC", "role": "Founder and consultant", "fromYear": 2012}, {"organisation": "Mexico’s Secretaria de Comunicaciones y Transportes (SCT)", "role": "Technical liaison"}, {"organisation": "Universidad Autonoma del Estado de Puebla (UPAEP)", "role": "Visiting professor"}]',
        '[]');
insert into person (slug, name, sort_name, short_bio, long_bio, roles, birthplace, affiliations, links)
values ('alejandra-marquez-abella', 'Alejandra Márquez Abella', 'Márquez Abella, Alejandra',
        'Alejandra Márquez Abella is the Mexican-born director of A Million Miles Away.',
        null,
        '{director}', 'Mexico',
        '[]',
        '[]');
insert into person (slug, name, sort_name, short_bio, long_bio, roles, birthplace, affiliations, links)
values ('kate-ohare', 'Kate O''Hare', 'O''Hare, Kate',
        'Based in Los Angeles, Kate O''Hare is a veteran entertainment journalist, Social Media Content Manager for Family Theater Productions and a rookie screenwriter.',
        'Based in Los Angeles, Kate O''Hare is a veteran entertainment journalist, Social Media Content Manager for Family Theater Productions and a rookie screenwriter. You can read more about the author here.',
        '{journalist,screenwriter,"social media content manager"}', null,
        '[{"organisation": "Family Theater Productions", "role": "Social Media Content Manager"}]',
        '[]');
insert into person (slug, name, sort_name, short_bio, long_bio, roles, birthplace, affiliations, links)
values ('michael-pena', 'Michael Peña', 'Peña, Michael',
        'Michael Peña is the actor who plays José Hernández in A Million Miles Away.',
        null,
        '{actor}', null,
        '[]',
        '[]');
insert into person (slug, name, sort_name, short_bio, long_bio, roles, birthplace, affiliations, links)
values ('adela', 'Adela', 'Adela',
        'Adela is the wife of José Hernández; their courtship is part of the story of A Million Miles Away.',
        null,
        '{}', null,
        '[]',
        '[]');

-- The film
insert into film (slug, title, original_title, release_date, runtime_minutes, platform, studio, synopsis,
                  filming_countries, genres)
values ('a-million-miles-away', 'A Million Miles Away', null, date '2023-09-15', null, 'Amazon Prime Video', 'Amazon Studios',
        'Inspired by the real-life story of NASA flight engineer José Hernández, A Million Miles Away follows him on a decades-long journey, from a rural village in Michoacán, Mexico, to more than 200 miles above the Earth in the International Space Station. With the support of his family, José’s drive & determination culminates in the opportunity to achieve his seemingly impossible goal.',
        '{Mexico}', '{}');
insert into credit (film_id, person_id, kind, character_name, position)
values
    ((select id from film where slug = 'a-million-miles-away'), (select id from person where slug = 'alejandra-marquez-abella'), 'director', null, 1),
    ((select id from film where slug = 'a-million-miles-away'), (select id from person where slug = 'michael-pena'), 'cast', 'José Hernández', 2),
    ((select id from film where slug = 'a-million-miles-away'), (select id from person where slug = 'jose-hernandez'), 'subject', null, 3),
    ((select id from film where slug = 'a-million-miles-away'), (select id from person where slug = 'adela'), 'subject', null, 4);

-- The article
insert into article (slug, title, dek, summary, body, language, status, published_at, author_id,
                     hero_image_url, hero_image_alt, hero_image_caption, hero_image_credit, tags,
                     created_at, updated_at)
values ('amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut',
        'Amazon’s ‘A Million Miles Away’: How the Son of Migrant Farm Workers Became an Astronaut',
        null,
        'A Million Miles Away launched Sept. 15 on Amazon Prime Video, telling the true story of NASA astronaut José Hernández.',
        'A Million Miles Away launched Sept. 15 on Amazon Prime Video, telling the true story of NASA astronaut José Hernández.

## Who Is José Hernández?

Born the son of California migrant farm workers, Hernández became an engineer and later — with much persistence — achieved his dream of going into space.

Here’s how Amazon describes A Million Miles Away:

> Inspired by the real-life story of NASA flight engineer José Hernández, A Million Miles Away follows him on a decades-long journey, from a rural village in Michoacán, Mexico, to more than 200 miles above the Earth in the International Space Station. With the support of his family, José’s drive & determination culminates in the opportunity to achieve his seemingly impossible goal.

Directed by Mexican-born Alejandra Márquez Abella — the film was also actually shot in Mexico — A Million Miles Away is a thoroughly charming story about ambition, hard work, talent and perseverance (it took a dozen tries for NASA to accept Hernández’s application).

While it’s not much discussed in the A Million Miles Away, Hernández is Catholic. He joked in a podcast that “I have 5 kids, like a good Catholic.” His chase courtship with wife Adela is also part of the story.

## More Than “Just” an Astronaut

Hernández is also more than just an engineer and astronaut (as if that’s not impressive enough). Here’s a brief expert from his extensive bio at the speakers’ bureau that represent him (it is from a few years ago):

> Today, José works as a consultant within the company he founded in 2012, Tierra Luna Engineering, LLC. Here, he works on his areas of interest that include aerospace consulting, renewable energy, and Science, Technology, Engineering, and Math (STEM) outreach.
>
> Projects he has worked on include serving as the technical liaison to Mexico’s Secretaria de Comunicaciones y Transportes (SCT) where he helped develop the technical requirements to procure three communications satellites from Boeing. In this role he assisted in the procurement and the acceptance testing process.
>
> He also ensured the launch and orbit placement of the three satellites with three different launch service providers. Current activities include serving as a visiting professor at the Universidad Autonoma del Estado de Puebla (UPAEP) in Puebla, Mexico where he is mentoring UPAEP faculty and students and through a Space Act Agreement with NASA and the Mexican Space Agency, will assist UPAEP in the design, testing and launch of the first functioning satellite designed and built by a university in Mexico.
>
> The scheduled launch date is October 2019 aboard a Falcon 9 rocket as part of a Nanoracks payload.

## Talking to Hernández and Director Alejandra Márquez Abella

Check out the interview video here:

Image: Michael Peña in ‘A Million Miles Away’/Amazon Studios

Don’t miss a thing: Subscribe to all that I write at',
        'en', 'published', timestamptz '2023-09-16T00:00:00Z',
        (select id from person where slug = 'kate-ohare'),
        null, 'A man in a NASA astronaut''s uniform', 'Michael Peña as astronaut José Hernández in ‘A Million Miles Away’', 'Amazon Studios', '{}',
        timestamptz '2023-09-16T00:00:00Z', timestamptz '2023-09-16T00:00:00Z');

insert into article_person (article_id, person_id, position)
values
    ((select id from article where slug = 'amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut'), (select id from person where slug = 'jose-hernandez'), 0),
    ((select id from article where slug = 'amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut'), (select id from person where slug = 'alejandra-marquez-abella'), 1),
    ((select id from article where slug = 'amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut'), (select id from person where slug = 'michael-pena'), 2),
    ((select id from article where slug = 'amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut'), (select id from person where slug = 'adela'), 3);

insert into article_film (article_id, film_id, position)
values ((select id from article where slug = 'amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut'), (select id from film where slug = 'a-million-miles-away'), 0);

-- The sidebar: other articles of the site, known only by their titles (when they were published is not shown)
insert into article (slug, title, dek, summary, body, language, status, published_at, author_id)
values
    ('journey-to-bethlehem-affirms-nativity-musical', '‘Journey to Bethlehem’: Affirm’s Nativity Musical ...', null, null, null, 'en', 'published', null, null),
    ('the-chosen-on-the-cw-broadcast', '‘The Chosen’ on The CW: Broadcast ...', null, null, null, 'en', 'published', null, null),
    ('oppenheimer-scientists-are-people-too', '‘Oppenheimer’: Scientists Are People, Too', null, null, null, 'en', 'published', null, null),
    ('mission-impossible-whats-up-with-tom', '‘Mission: Impossible’: What’s Up With Tom ...', null, null, null, 'en', 'published', null, null);

-- The sidebar's comments, each on the article whose title stands below it; authors are not shown
insert into comment (article_id, parent_id, depth, author_name, author_email, body, status)
values
    ((select id from article where slug = 'journey-to-bethlehem-affirms-nativity-musical'), null, 1, null, null,
     'Yikes. Unless they go about it like Les Miserables, it''s gonna be a cringe fest.', 'approved'),
    ((select id from article where slug = 'the-chosen-on-the-cw-broadcast'), null, 1, null, null,
     'The Bible really is the richest source of content - assuming it is done properly ...', 'approved'),
    ((select id from article where slug = 'oppenheimer-scientists-are-people-too'), null, 1, null, null,
     '“JFK was just a man. J. Robert Oppenheimer was just a man. Every leader or ...', 'approved'),
    ((select id from article where slug = 'mission-impossible-whats-up-with-tom'), null, 1, null, null,
     'Tom also went to St. Xavier high school in Louisville Kentucky for one year. He''s ...', 'approved');
