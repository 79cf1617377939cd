-- A foreign teacher's file: documents with their scans, contracts, semester teaching, evaluations, annual
-- assessments; the figures the office sets for them; the expiry alerts computed from them every day.

-- The audit row of a record that belongs to another (a document of a teacher) names that owner, so the owner's
-- history shows it too, also after the record itself is deleted.
alter table audit_record add column owner_ref varchar(96);
create index ix_audit_record_owner on audit_record (owner_ref);

-- One row: the figures that vary between universities, edited by the office (issue 3).
create table foreign_teacher_policy (
    id                           bigint      not null primary key,
    version                      bigint      not null,
    alert_lead_days              integer     not null,
    long_term_days               integer     not null,
    usual_min_weekly_hours       integer     not null,
    max_weekly_hours             integer     not null,
    min_key_discipline_teachers  integer     not null,
    min_program_teachers         integer     not null,
    min_international_teachers   integer     not null,
    created_at                   timestamp   not null,
    created_by                   varchar(64) not null,
    updated_at                   timestamp   not null,
    updated_by                   varchar(64) not null
);
insert into foreign_teacher_policy values
    (1, 0, 60, 90, 12, 16, 1, 1, 1, localtimestamp, 'system', localtimestamp, 'system');

create sequence expert_document_seq start with 50 increment by 50;
create table expert_document (
    id             bigint       not null primary key,
    version        bigint       not null,
    expert_id      bigint       not null references foreign_expert (id),
    document_type  varchar(32)  not null,
    document_number varchar(64),
    issued_on      date         not null,
    expires_on     date,
    file_name      varchar(255),
    content_type   varchar(64),
    file_size      bigint,
    file_sha256    varchar(64),
    stored_name    varchar(64),
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null
);
create index ix_expert_document_expert on expert_document (expert_id);

create sequence expert_contract_seq start with 50 increment by 50;
create table expert_contract (
    id             bigint         not null primary key,
    version        bigint         not null,
    expert_id      bigint         not null references foreign_expert (id),
    starts_on      date           not null,
    ends_on        date           not null,
    job_position   varchar(200)   not null,
    annual_salary  numeric(12, 2),
    salary_grade   varchar(64),
    weekly_hours   integer        not null,
    renewal        boolean        not null,
    created_at     timestamp      not null,
    created_by     varchar(64)    not null,
    updated_at     timestamp      not null,
    updated_by     varchar(64)    not null
);
create index ix_expert_contract_expert on expert_contract (expert_id);

create sequence teaching_assignment_seq start with 50 increment by 50;
create table teaching_assignment (
    id                     bigint        not null primary key,
    version                bigint        not null,
    expert_id              bigint        not null references foreign_expert (id),
    academic_year          integer       not null,
    term                   integer       not null,
    course                 varchar(200)  not null,
    school_id              bigint        not null references school (id),
    discipline_id          bigint        references discipline (id),
    hours                  integer       not null,
    cooperative_program    varchar(200),
    international_students boolean       not null,
    created_at             timestamp     not null,
    created_by             varchar(64)   not null,
    updated_at             timestamp     not null,
    updated_by             varchar(64)   not null
);
create index ix_teaching_assignment_expert on teaching_assignment (expert_id);
create index ix_teaching_assignment_semester on teaching_assignment (academic_year, term);

create sequence teaching_evaluation_seq start with 50 increment by 50;
create table teaching_evaluation (
    id             bigint         not null primary key,
    version        bigint         not null,
    expert_id      bigint         not null references foreign_expert (id),
    academic_year  integer        not null,
    term           integer        not null,
    student_score  numeric(5, 2),
    peer_score     numeric(5, 2),
    school_score   numeric(5, 2),
    comments       varchar(2000),
    created_at     timestamp      not null,
    created_by     varchar(64)    not null,
    updated_at     timestamp      not null,
    updated_by     varchar(64)    not null,
    constraint uk_teaching_evaluation unique (expert_id, academic_year, term)
);

create sequence annual_assessment_seq start with 50 increment by 50;
create table annual_assessment (
    id                 bigint         not null primary key,
    version            bigint         not null,
    expert_id          bigint         not null references foreign_expert (id),
    assessed_year      integer        not null,
    assessment_result  varchar(24)    not null,
    comments           varchar(2000),
    recommend_renewal  boolean        not null,
    created_at         timestamp      not null,
    created_by         varchar(64)    not null,
    updated_at         timestamp      not null,
    updated_by         varchar(64)    not null,
    constraint uk_annual_assessment unique (expert_id, assessed_year)
);

-- Derived: recomputed every day (and after each change of a teacher's file); never edited, so not audited.
create sequence expiry_alert_seq start with 50 increment by 50;
create table expiry_alert (
    id           bigint       not null primary key,
    expert_id    bigint       not null references foreign_expert (id),
    school_id    bigint       not null references school (id),
    kind         varchar(24)  not null,
    document_type varchar(32),
    record_id    bigint,
    due_on       date         not null,
    urgency      varchar(16)  not null,
    computed_on  date         not null
);
create index ix_expiry_alert_school on expiry_alert (school_id);
create index ix_expiry_alert_expert on expiry_alert (expert_id);
create index ix_expiry_alert_due on expiry_alert (due_on);
