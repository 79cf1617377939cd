-- Cooperative programs, second part: enrolment per year, annual reports with their documents, yearly teacher
-- training, and the thresholds of the risk flags (one row the office edits).

create sequence program_enrolment_seq start with 50 increment by 50;
create table program_enrolment (
    id               bigint       not null primary key,
    version          bigint       not null,
    program_id       bigint       not null references coop_program (id),
    enrolment_year   integer      not null,
    planned          integer      not null,
    actual           integer,
    created_at       timestamp    not null,
    created_by       varchar(64)  not null,
    updated_at       timestamp    not null,
    updated_by       varchar(64)  not null,
    constraint uq_program_enrolment unique (program_id, enrolment_year)
);

create sequence program_report_seq start with 50 increment by 50;
create table program_report (
    id               bigint       not null primary key,
    version          bigint       not null,
    program_id       bigint       not null references coop_program (id),
    report_year      integer      not null,
    status           varchar(16)  not null,
    submitted_on     date,
    file_name        varchar(255),
    content_type     varchar(64),
    file_size        bigint,
    file_sha256      varchar(64),
    stored_name      varchar(64),
    created_at       timestamp    not null,
    created_by       varchar(64)  not null,
    updated_at       timestamp    not null,
    updated_by       varchar(64)  not null,
    constraint uq_program_report unique (program_id, report_year)
);

create sequence teacher_training_seq start with 50 increment by 50;
create table teacher_training (
    id               bigint        not null primary key,
    version          bigint        not null,
    program_id       bigint        not null references coop_program (id),
    held_on          date          not null,
    title            varchar(200)  not null,
    hours            integer       not null,
    attendees        varchar(2000) not null,
    created_at       timestamp     not null,
    created_by       varchar(64)   not null,
    updated_at       timestamp     not null,
    updated_by       varchar(64)   not null
);
create index ix_teacher_training_program on teacher_training (program_id);

create table program_risk_policy (
    id                    bigint       not null primary key,
    version               bigint       not null,
    report_gap_years      integer      not null,
    enrolment_gap_years   integer      not null,
    agreement_lead_days   integer      not null,
    created_at            timestamp    not null,
    created_by            varchar(64)  not null,
    updated_at            timestamp    not null,
    updated_by            varchar(64)  not null
);
insert into program_risk_policy values (1, 0, 2, 3, 180, localtimestamp, 'system', localtimestamp, 'system');
