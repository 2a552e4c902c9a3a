-- The curated topic list is reference data: every installation has it, not only the demo.
create table topic (
    id      bigint       primary key,
    slug    varchar(80)  not null,
    name_de varchar(120) not null,
    name_en varchar(120) not null,
    constraint uk_topic_slug unique (slug)
);

insert into topic (id, slug, name_de, name_en) values
    (1,  'digitalisierung-der-arbeitswelt', 'Digitalisierung der Arbeitswelt', 'Digitalisation of work'),
    (2,  'demografischer-wandel', 'Demografischer Wandel', 'Demographic change'),
    (3,  'lebenslanges-lernen', 'Lebenslanges Lernen', 'Lifelong learning'),
    (4,  'wiedereinstieg-back-in-job', 'Wiedereinstieg / Back in Job', 'Returning to work / Back in Job'),
    (5,  'gesundheit-im-betrieb', 'Gesundheit im Betrieb', 'Workplace health'),
    (6,  'vereinbarkeit-familie-beruf', 'Vereinbarkeit von Familie und Beruf', 'Balancing family and career'),
    (7,  'diversity', 'Diversity', 'Diversity'),
    (8,  'fuehrung', 'Führung', 'Leadership'),
    (9,  'fachkraeftesicherung', 'Fachkräftesicherung', 'Securing skilled workers'),
    (10, 'generationenmanagement', 'Generationenmanagement', 'Managing generations'),
    (11, 'neue-arbeitsformen', 'Neue Arbeitsformen', 'New ways of working'),
    (12, 'netzwerken', 'Netzwerken', 'Networking');

create table member_topic (
    member_id bigint not null references member (id) on delete cascade,
    topic_id  bigint not null references topic (id),
    primary key (member_id, topic_id)
);
