-- Sino-foreign cooperative programs (issue 4): partner institutions, programs, their curricula per academic year
-- with who teaches each course, and the kept history of the four one-thirds check.
-- Written once for H2 2.x and PostgreSQL 15, as V1.

create sequence partner_institution_seq start with 50 increment by 50;
create table partner_institution (
    id               bigint        not null primary key,
    version          bigint        not null,
    name_original    varchar(200)  not null,
    name_zh          varchar(100)  not null,
    country          varchar(2)    not null,
    institution_type varchar(32)   not null,
    city             varchar(100),
    website          varchar(300),
    created_at       timestamp     not null,
    created_by       varchar(64)   not null,
    updated_at       timestamp     not null,
    updated_by       varchar(64)   not null,
    constraint uq_partner_name unique (country, name_original)
);

create sequence coop_program_seq start with 50 increment by 50;
create table coop_program (
    id                 bigint        not null primary key,
    version            bigint        not null,
    school_id          bigint        not null references school (id),
    discipline_id      bigint        references discipline (id),
    name_zh            varchar(100)  not null,
    name_en            varchar(200)  not null,
    approval_number    varchar(64)   not null,
    program_level      varchar(16)   not null,
    start_year         integer       not null,
    agreement_ends_on  date,
    status             varchar(16)   not null,
    created_at         timestamp     not null,
    created_by         varchar(64)   not null,
    updated_at         timestamp     not null,
    updated_by         varchar(64)   not null,
    constraint uq_coop_program_approval unique (approval_number)
);
create index ix_coop_program_school on coop_program (school_id);

create table coop_program_partner (
    program_id  bigint not null references coop_program (id),
    partner_id  bigint not null references partner_institution (id),
    primary key (program_id, partner_id)
);

create sequence curriculum_course_seq start with 50 increment by 50;
create table curriculum_course (
    id              bigint        not null primary key,
    version         bigint        not null,
    program_id      bigint        not null references coop_program (id),
    academic_year   integer       not null,
    code            varchar(32)   not null,
    name            varchar(200)  not null,
    credits         numeric(4, 1) not null,
    teaching_hours  integer       not null,
    core            boolean       not null,
    introduced      boolean       not null,
    created_at      timestamp     not null,
    created_by      varchar(64)   not null,
    updated_at      timestamp     not null,
    updated_by      varchar(64)   not null,
    constraint uq_curriculum_course unique (program_id, academic_year, code)
);
create index ix_curriculum_course_program on curriculum_course (program_id, academic_year);

create table course_teacher (
    course_id          bigint        not null references curriculum_course (id),
    position           integer       not null,
    side               varchar(16)   not null,
    teacher_name       varchar(100)  not null,
    foreign_expert_id  bigint        references foreign_expert (id),
    hours              integer       not null,
    primary key (course_id, position)
);

-- Append-only: one row each time a change to a curriculum changes its result, so an auditor sees how it moved.
create sequence compliance_record_seq start with 50 increment by 50;
create table compliance_record (
    id                        bigint       not null primary key,
    program_id                bigint       not null references coop_program (id),
    academic_year             integer      not null,
    introduced_courses        bigint       not null,
    all_courses               bigint       not null,
    introduced_core_courses   bigint       not null,
    core_courses              bigint       not null,
    partner_core_courses      bigint       not null,
    partner_core_hours        bigint       not null,
    core_hours                bigint       not null,
    compliant                 boolean      not null,
    recorded_at               timestamp    not null,
    recorded_by               varchar(64)  not null
);
create index ix_compliance_record_program on compliance_record (program_id, academic_year);
