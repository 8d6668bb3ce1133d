-- Students (an enrolled customer in a class), course records (上课记录: one lesson of a
-- class) and study records (学习记录: one student at one lesson, with attendance and grade).
CREATE TABLE crm_student (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  class_id BIGINT UNSIGNED NOT NULL,
  joined_date DATE NOT NULL,
  UNIQUE KEY uq_crm_student (customer_id, class_id),
  KEY ix_crm_student_class (class_id),
  CONSTRAINT fk_crm_student_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
  CONSTRAINT fk_crm_student_class FOREIGN KEY (class_id) REFERENCES crm_class (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_course_record (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  class_id BIGINT UNSIGNED NOT NULL,
  day_number INT UNSIGNED NOT NULL COMMENT '第几天',
  teacher_id BIGINT UNSIGNED NOT NULL,
  title VARCHAR(100) NOT NULL,
  homework TEXT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_crm_course_record_day (class_id, day_number),
  CONSTRAINT fk_crm_record_class FOREIGN KEY (class_id) REFERENCES crm_class (id),
  CONSTRAINT fk_crm_record_teacher FOREIGN KEY (teacher_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The unique key is what makes initialising a course record twice create nothing new.
CREATE TABLE crm_study_record (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_record_id BIGINT UNSIGNED NOT NULL,
  student_id BIGINT UNSIGNED NOT NULL,
  attendance VARCHAR(4) NOT NULL DEFAULT '' COMMENT '空:未记录 签到 迟到 缺勤 早退 请假',
  score DECIMAL(4,1) NULL,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY uq_crm_study (course_record_id, student_id),
  KEY ix_crm_study_student (student_id),
  CONSTRAINT fk_crm_study_record FOREIGN KEY (course_record_id) REFERENCES crm_course_record (id),
  CONSTRAINT fk_crm_study_student FOREIGN KEY (student_id) REFERENCES crm_student (id),
  CHECK (attendance IN ('', '签到', '迟到', '缺勤', '早退', '请假')),
  CHECK (score IS NULL OR score BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
