-- Verification codes grow from 12 to 16 characters of base 32 (60 to 80 random bits); codes already
-- issued keep their 12 characters and still verify.
ALTER TABLE issued_document MODIFY code VARCHAR(16) NOT NULL;
