-- A student may mark themselves by scanning the session's rotating QR code (source QR).

ALTER TABLE attendance_records DROP CONSTRAINT ck_attendance_source;
ALTER TABLE attendance_records
    ADD CONSTRAINT ck_attendance_source CHECK (source IN ('CAMERA', 'DEVICE', 'MANUAL', 'QR'));
