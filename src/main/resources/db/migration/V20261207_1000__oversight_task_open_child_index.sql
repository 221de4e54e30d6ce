-- The child's page shows the child's next open task (TaskQueries.nextForChild).
create index task_open_child on task (child_id, due_at) where status = 'OPEN';
