-- An item's quote summary (lowest valid price, accepted, unread by the buyer) for a whole page
-- of items at once (/my/purchases) read from this index alone, not from every quote's row.
ALTER TABLE quote ADD KEY ix_quote_item_summary (item_id, state, buyer_read, price);
