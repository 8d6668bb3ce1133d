-- WeChat QR login on a desktop browser (issue 17) goes through the website app (网站应用) of
-- the open platform, which gives its own openid per person; the official account's openid
-- (in-app login, template messages) stays in wechat_openid. The unionid, when WeChat gives
-- one, is the same person across both apps.
ALTER TABLE user
  ADD COLUMN wechat_web_openid VARCHAR(64) NULL AFTER wechat_unionid,
  ADD UNIQUE KEY uq_user_web_openid (wechat_web_openid),
  ADD KEY ix_user_unionid (wechat_unionid);
