-- Marketplace catalogue: varieties (品种) with aliases, and China's area tree (GB/T 2260).
CREATE TABLE variety (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category TINYINT UNSIGNED NOT NULL COMMENT '1 根茎类 .. 13 其他',
  name VARCHAR(50) NOT NULL,
  initials VARCHAR(20) NOT NULL DEFAULT '' COMMENT 'pinyin initials, lower case',
  specs JSON NOT NULL COMMENT 'array of strings, first is default',
  units JSON NOT NULL COMMENT 'array of strings, first is default',
  origins JSON NOT NULL COMMENT 'array of producing regions',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_variety_name (name),
  KEY ix_variety_initials (initials),
  KEY ix_variety_category (category, name),
  CHECK (category BETWEEN 1 AND 13),
  CHECK (JSON_VALID(specs) AND JSON_VALID(units) AND JSON_VALID(origins))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE variety_alias (
  variety_id INT UNSIGNED NOT NULL,
  alias VARCHAR(50) NOT NULL,
  PRIMARY KEY (variety_id, alias),
  KEY ix_variety_alias (alias),
  CONSTRAINT fk_alias_variety FOREIGN KEY (variety_id) REFERENCES variety (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- code: 6-digit GB/T 2260 code (province 110000, city 110100, district 110101).
CREATE TABLE area (
  code INT UNSIGNED NOT NULL PRIMARY KEY,
  parent_code INT UNSIGNED NULL,
  name VARCHAR(50) NOT NULL,
  level TINYINT UNSIGNED NOT NULL COMMENT '1 province, 2 city, 3 district',
  KEY ix_area_parent (parent_code, code),
  CONSTRAINT fk_area_parent FOREIGN KEY (parent_code) REFERENCES area (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
