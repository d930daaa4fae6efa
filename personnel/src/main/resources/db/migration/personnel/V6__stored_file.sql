-- The file store: one row per upload. The bytes live on disk under the data directory
-- (COSQUAL_DATA_DIR/files/<2 hex>/<2 hex>/<sha256>), so uploads of the same content share one file.

CREATE TABLE stored_file (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sha256     CHAR(64)     NOT NULL,
  file_name  VARCHAR(255) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT       NOT NULL,
  file_use   VARCHAR(32)  NOT NULL,
  stored_at  DATETIME(6)  NOT NULL,
  stored_by  VARCHAR(64)  NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0),
  INDEX ix_stored_file_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
