-- The enterprise's contact person: besides the contact name, a telephone and an e-mail address.
ALTER TABLE enterprise
  ADD COLUMN contact_phone VARCHAR(20)  NULL AFTER contact_name,
  ADD COLUMN contact_email VARCHAR(120) NULL AFTER contact_phone;
