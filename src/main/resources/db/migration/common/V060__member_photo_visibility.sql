alter table member add column vis_photo varchar(10) default 'MEMBERS' not null;
