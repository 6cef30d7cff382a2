-- Purchases: orders and receipts (ScrapedKnees order files) with their line items, each recorded by one import
-- batch and removed when that batch is reverted. Amounts are as the retailer printed them (charges positive),
-- BIGINT minor units in the purchase's CHAR(3) currency, which every line item shares.

CREATE TABLE purchases (
    household_id UUID        NOT NULL,
    purchase_id  UUID        NOT NULL,
    batch_id     UUID        NOT NULL,
    retailer     TEXT        NOT NULL,
    -- the retailer in lower case without surrounding spaces: an order is stored once per (household, retailer
    -- key, order number), so re-importing an order file adds nothing
    retailer_key TEXT        NOT NULL COLLATE "C",
    order_number TEXT        NOT NULL COLLATE "C",
    order_date   DATE        NOT NULL,
    currency     CHAR(3)     NOT NULL,
    subtotal     BIGINT      NOT NULL,
    tax          BIGINT      NOT NULL,
    shipping     BIGINT      NOT NULL,
    total        BIGINT      NOT NULL,
    source_url   TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT purchases_pk PRIMARY KEY (household_id, purchase_id),
    CONSTRAINT purchases_order_unique UNIQUE (household_id, retailer_key, order_number)
);
CREATE INDEX purchases_listing ON purchases (household_id, order_date DESC, retailer_key, order_number);
CREATE INDEX purchases_by_batch ON purchases (household_id, batch_id);

CREATE TABLE purchase_line_items (
    household_id UUID    NOT NULL,
    purchase_id  UUID    NOT NULL,
    position     INTEGER NOT NULL,
    description  TEXT    NOT NULL,
    quantity     BIGINT  NOT NULL,
    unit_price   BIGINT  NOT NULL,
    total        BIGINT  NOT NULL,
    sku          TEXT,
    CONSTRAINT purchase_line_items_pk PRIMARY KEY (household_id, purchase_id, position),
    CONSTRAINT purchase_line_items_quantity CHECK (quantity >= 1),
    CONSTRAINT purchase_line_items_purchase_fk FOREIGN KEY (household_id, purchase_id)
        REFERENCES purchases (household_id, purchase_id) ON DELETE CASCADE
);
