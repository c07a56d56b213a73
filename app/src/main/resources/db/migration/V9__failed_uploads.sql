-- An upload that failed for a technical reason after the error handler's redeliveries (database
-- away, disk full) is kept in the quarantine with its reason and indexed here with status F, next
-- to the uploads rejected whole (R): staff list both (GET /api/uploads?status=F). Neither consumes
-- a batch sequence, and neither was answered with the upload's own ACK for an F.
alter table upload_batch drop constraint ck_upload_batch_status;
alter table upload_batch add constraint ck_upload_batch_status check (status in ('A', 'P', 'R', 'F'));
alter table upload_batch drop constraint ck_upload_batch_consumes;
alter table upload_batch add constraint ck_upload_batch_consumes
    check ((status in ('R', 'F')) = (consumed_sequence is null));
