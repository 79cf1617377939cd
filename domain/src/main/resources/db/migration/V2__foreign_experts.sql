-- Foreign teachers and experts: the person, the permit category they are recruited for and where they stand.
-- The passport number is kept only encrypted (AES-GCM), with a keyed hash to find it and its last 4 characters.
create sequence foreign_expert_seq start with 50 increment by 50;

create table foreign_expert (
    id                           bigint        not null primary key,
    version                      bigint        not null,
    school_id                    bigint        not null references school (id),
    native_name                  varchar(200)  not null,
    chinese_name                 varchar(100),
    nationality                  varchar(2)    not null,
    birth_date                   date          not null,
    passport_cipher              varchar(200)  not null,
    passport_hash                varchar(64)   not null,
    passport_last4               varchar(4)    not null,
    highest_degree               varchar(16)   not null,
    field                        varchar(200),
    experience_years             integer       not null,
    language_teaching_years      integer       not null,
    native_language              varchar(8),
    language_taught              varchar(8),
    education_or_language_degree boolean       not null,
    home_teaching_licence        boolean       not null,
    tefl_hours                   integer       not null,
    points                       integer,
    annual_salary                numeric(12, 2),
    intended_category            varchar(24)   not null,
    stage                        varchar(24)   not null,
    entry_date                   date,
    created_at                   timestamp     not null,
    created_by                   varchar(64)   not null,
    updated_at                   timestamp     not null,
    updated_by                   varchar(64)   not null,
    constraint uk_foreign_expert_passport unique (passport_hash)
);
create index ix_foreign_expert_school on foreign_expert (school_id);
create index ix_foreign_expert_stage on foreign_expert (stage);
