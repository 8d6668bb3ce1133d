-- What the admin back office edits for the whole site: settings used by the layout, partner
-- logos in the footer (入驻企业), home page banners. Pictures are image hashes (lib/image).
CREATE TABLE site_setting (
  name VARCHAR(32) NOT NULL PRIMARY KEY COMMENT 'title, description, keywords, contact',
  value TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partner (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  link VARCHAR(500) NOT NULL DEFAULT '',
  logo CHAR(40) NULL,
  sort INT NOT NULL DEFAULT 0,
  hidden TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_partner_sort (hidden, sort, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE banner (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(100) NOT NULL DEFAULT '',
  link VARCHAR(500) NOT NULL DEFAULT '',
  image CHAR(40) NOT NULL,
  sort INT NOT NULL DEFAULT 0,
  hidden TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_banner_sort (hidden, sort, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
