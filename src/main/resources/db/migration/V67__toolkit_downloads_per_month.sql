-- Anonymous downloads counted per calendar month (Copenhagen), for the coverage page's chart. Only a number
-- per month: nothing about who downloaded. Months before this table existed are not known.
create table toolkit_download_month (
    month date primary key,
    downloads bigint not null default 0,
    constraint ck_toolkit_download_month_first_day check (extract(day from month) = 1),
    constraint ck_toolkit_download_month_downloads check (downloads >= 0)
);
