-- When a guest's details were erased. The erasure job used to find guests still to erase by their
-- name not being the placeholder "–", so a guest who typed "–" as their name was never erased
-- (issue 12, point 8). Rows erased before carry the placeholder address.
alter table event_registration add column guest_erased_at timestamp with time zone;
update event_registration set guest_erased_at = current_timestamp
    where member_id is null and guest_email like 'erased-%@erased.invalid';
