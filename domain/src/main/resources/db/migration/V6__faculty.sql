-- Faculty internationalization: members and their degrees, global competence programs with sessions, lecturers,
-- enrolment and attendance, language classes and assessments, outbound visits with their approval and return
-- report, young tutors, and the settings the office edits (one row).

create sequence faculty_member_seq start with 50 increment by 50;
create table faculty_member (
    id             bigint       not null primary key,
    version        bigint       not null,
    school_id      bigint       not null references school (id),
    staff_number   varchar(20)  not null,
    chinese_name   varchar(100) not null,
    english_name   varchar(200),
    title          varchar(32)  not null,
    languages      varchar(200),
    email          varchar(254),
    active         boolean      not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);
-- staff numbers are stored upper-case, so that uniqueness ignores case
create unique index uq_faculty_member_staff on faculty_member (staff_number);
create index ix_faculty_member_school on faculty_member (school_id);

create sequence faculty_degree_seq start with 50 increment by 50;
create table faculty_degree (
    id             bigint       not null primary key,
    version        bigint       not null,
    member_id      bigint       not null references faculty_member (id),
    level          varchar(16)  not null,
    field          varchar(200),
    institution    varchar(200) not null,
    country        varchar(2)   not null,
    started_on     date         not null,
    conferred_on   date         not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);
create index ix_faculty_degree_member on faculty_degree (member_id);

create sequence competence_program_seq start with 50 increment by 50;
create table competence_program (
    id             bigint        not null primary key,
    version        bigint        not null,
    program_year   integer       not null,
    title          varchar(200)  not null,
    organiser      varchar(200)  not null,
    school_id      bigint        references school (id),
    budget         numeric(12,2),
    description    varchar(2000),
    created_at     timestamp     not null,
    created_by     varchar(64)   not null,
    updated_at     timestamp     not null,
    updated_by     varchar(64)   not null
);

create sequence competence_session_seq start with 50 increment by 50;
create table competence_session (
    id             bigint       not null primary key,
    version        bigint       not null,
    program_id     bigint       not null references competence_program (id),
    theme          varchar(200) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    hours          integer      not null,
    place          varchar(200),
    online_link    varchar(500),
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);
create index ix_competence_session_program on competence_session (program_id);

create sequence session_lecturer_seq start with 50 increment by 50;
create table session_lecturer (
    id             bigint       not null primary key,
    version        bigint       not null,
    session_id     bigint       not null references competence_session (id),
    name           varchar(200) not null,
    kind           varchar(16)  not null,
    institution    varchar(200) not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);
create index ix_session_lecturer_session on session_lecturer (session_id);

create sequence competence_enrolment_seq start with 50 increment by 50;
create table competence_enrolment (
    id             bigint       not null primary key,
    version        bigint       not null,
    program_id     bigint       not null references competence_program (id),
    member_id      bigint       not null references faculty_member (id),
    enrolled_on    date         not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null,
    constraint uq_competence_enrolment unique (program_id, member_id)
);

create sequence session_attendance_seq start with 50 increment by 50;
create table session_attendance (
    id             bigint       not null primary key,
    version        bigint       not null,
    program_id     bigint       not null references competence_program (id),
    session_id     bigint       not null references competence_session (id),
    member_id      bigint       not null references faculty_member (id),
    hours          integer      not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null,
    constraint uq_session_attendance unique (session_id, member_id)
);
create index ix_session_attendance_program on session_attendance (program_id, member_id);

create sequence language_class_seq start with 50 increment by 50;
create table language_class (
    id             bigint       not null primary key,
    version        bigint       not null,
    class_year     integer      not null,
    title          varchar(200) not null,
    language       varchar(50)  not null,
    level          varchar(20)  not null,
    starts_on      date         not null,
    ends_on        date         not null,
    hours          integer      not null,
    teacher        varchar(200),
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);

create sequence language_enrolment_seq start with 50 increment by 50;
create table language_enrolment (
    id             bigint       not null primary key,
    version        bigint       not null,
    class_id       bigint       not null references language_class (id),
    member_id      bigint       not null references faculty_member (id),
    attended_hours integer      not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null,
    constraint uq_language_enrolment unique (class_id, member_id)
);

create sequence language_assessment_seq start with 50 increment by 50;
create table language_assessment (
    id             bigint       not null primary key,
    version        bigint       not null,
    member_id      bigint       not null references faculty_member (id),
    test_name      varchar(100) not null,
    taken_on       date         not null,
    score          numeric(7,2) not null,
    passed         boolean      not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);
create index ix_language_assessment_member on language_assessment (member_id);

create sequence outbound_visit_seq start with 50 increment by 50;
create table outbound_visit (
    id                  bigint        not null primary key,
    version             bigint        not null,
    member_id           bigint        not null references faculty_member (id),
    school_id           bigint        not null references school (id),
    visit_type          varchar(32)   not null,
    country             varchar(2)    not null,
    institution         varchar(200)  not null,
    purpose             varchar(1000) not null,
    departs_on          date          not null,
    returns_on          date          not null,
    funding_source      varchar(200)  not null,
    budget              numeric(12,2),
    state               varchar(20)   not null,
    applicant           varchar(64)   not null,
    school_decision_by  varchar(64),
    school_decision_at  timestamp,
    school_comment      varchar(1000),
    office_decision_by  varchar(64),
    office_decision_at  timestamp,
    office_comment      varchar(1000),
    report_text         varchar(4000),
    report_filed_on     date,
    rating              integer,
    evaluation          varchar(2000),
    evaluated_by        varchar(64),
    evaluated_on        date,
    created_at          timestamp     not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp     not null,
    updated_by          varchar(64)   not null
);
create index ix_outbound_visit_school on outbound_visit (school_id, state);
create index ix_outbound_visit_member on outbound_visit (member_id);

create sequence young_tutor_seq start with 50 increment by 50;
create table young_tutor (
    id             bigint        not null primary key,
    version        bigint        not null,
    member_id      bigint        not null references faculty_member (id),
    major          varchar(200)  not null,
    tutor_year     integer       not null,
    note           varchar(1000),
    created_at     timestamp     not null,
    created_by     varchar(64)   not null,
    updated_at     timestamp     not null,
    updated_by     varchar(64)   not null,
    constraint uq_young_tutor unique (member_id, major, tutor_year)
);

create table faculty_policy (
    id                  bigint      not null primary key,
    version             bigint      not null,
    completion_percent  integer     not null,
    report_days         integer     not null,
    overseas_days       integer     not null,
    created_at          timestamp   not null,
    created_by          varchar(64) not null,
    updated_at          timestamp   not null,
    updated_by          varchar(64) not null
);
insert into faculty_policy values (1, 0, 80, 30, 90, localtimestamp, 'system', localtimestamp, 'system');
