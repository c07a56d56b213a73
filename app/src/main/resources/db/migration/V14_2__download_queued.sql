-- A download whose delivery did not finish within the answer to its request is QUEUED: it goes on
-- in the background and ends SENT or FAILED (docs/formats.md, "Every file sent is recorded").
alter table download_file drop constraint ck_download_file_status;
alter table download_file add constraint ck_download_file_status
    check (status in ('CREATED', 'QUEUED', 'SENT', 'AVAILABLE', 'DOWNLOADED', 'FAILED'));
