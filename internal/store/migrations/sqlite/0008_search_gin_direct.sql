-- The PostgreSQL GIN index takes saves at once in this version (sqlite):
-- nothing to change here.
SELECT 1;
