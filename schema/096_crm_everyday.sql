-- Everyday CRM (issue 17): a next follow-up date (今日待跟进), intention level (A/B/C) and
-- tags on each customer; every edit of a customer is logged; a manager may hand a customer to
-- another consultant, which ends the previous holder's history row as 5 已转出.
ALTER TABLE crm_customer
  ADD COLUMN next_follow_date DATE NULL COMMENT '下次跟进' AFTER last_follow_date,
  ADD COLUMN intention CHAR(1) NOT NULL DEFAULT '' COMMENT 'A/B/C 意向等级，空为未定',
  ADD COLUMN tags VARCHAR(200) NOT NULL DEFAULT '' COMMENT '标签，以、分隔',
  ADD KEY ix_crm_customer_next (consultant_id, next_follow_date),
  ADD CONSTRAINT ck_crm_customer_intention CHECK (intention IN ('', 'A', 'B', 'C'));

-- 修改记录: who changed which fields of a customer, and from what to what.
CREATE TABLE crm_customer_change (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NOT NULL,
  changes TEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_crm_change_customer (customer_id, id),
  CONSTRAINT fk_crm_change_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
  CONSTRAINT fk_crm_change_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- History status 5 已转出 (reassigned by a manager); 'reassign' rows name the new holder.
ALTER TABLE crm_distribution
  MODIFY how ENUM('assign', 'grab', 'reassign') NOT NULL,
  DROP CONSTRAINT IF EXISTS CONSTRAINT_1,
  ADD CONSTRAINT ck_crm_dist_status CHECK (status BETWEEN 1 AND 5);
