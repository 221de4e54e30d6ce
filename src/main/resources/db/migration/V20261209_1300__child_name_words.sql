-- Name search matches each query word against the distinct words of all children's names (a few
-- thousand at national scale), then reads only the children of the words that matched, in the order
-- of a posting index that carries the child's name: see docs/decisions/0003-child-name-search.md.

-- The words are matched here now, so child_name_token needs no word indexes of its own.
drop index child_name_token_prefix;
drop index child_name_token_trigram;
drop index child_name_token_metaphone;

-- The child's name beside each word, so that children sharing a common word are put in name order
-- from the index alone rather than by reading thousands of child rows.
alter table child_name_token add column family_name varchar(100), add column given_names varchar(100);
update child_name_token t set family_name = c.family_name, given_names = c.given_names
  from child c where c.id = t.child_id;
alter table child_name_token alter column family_name set not null, alter column given_names set not null;
create index child_name_token_word on child_name_token (token, child_id) include (family_name, given_names);

-- Each distinct word with how many children have it; a word leaves when the last child with it does.
create table child_name_word (
    word      varchar(100) primary key,
    metaphone varchar(10)  not null,
    children  integer      not null
);
create index child_name_word_trigram on child_name_word using gin (word gin_trgm_ops);
create index child_name_word_metaphone on child_name_word (metaphone);

insert into child_name_word (word, metaphone, children)
select token, min(metaphone), count(*) from child_name_token group by token;

-- Kept by the database so that every writer of child_name_token (saving a child, erasure, the demo
-- and benchmark loaders) keeps it right. Words are locked in word order, so that two saves never wait
-- on each other in a cycle.
create function child_name_word_count() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        delete from child_name_word;
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into child_name_word as w (word, metaphone, children)
        select token, min(metaphone), count(*) from added group by token order by token
        on conflict (word) do update set children = w.children + excluded.children;
    elsif tg_op = 'DELETE' then
        insert into child_name_word as w (word, metaphone, children)
        select token, min(metaphone), -count(*) from removed group by token order by token
        on conflict (word) do update set children = w.children + excluded.children;
    else
        insert into child_name_word as w (word, metaphone, children)
        select token, min(metaphone), sum(n)
          from (select token, metaphone, 1 as n from added union all select token, metaphone, -1 from removed) d
         group by token having sum(n) <> 0 order by token
        on conflict (word) do update set children = w.children + excluded.children;
    end if;
    if tg_op <> 'INSERT' then
        delete from child_name_word w where w.children <= 0 and w.word in (select token from removed);
    end if;
    return null;
end $$;

create trigger child_name_word_added after insert on child_name_token
    referencing new table as added for each statement execute function child_name_word_count();
create trigger child_name_word_removed after delete on child_name_token
    referencing old table as removed for each statement execute function child_name_word_count();
create trigger child_name_word_changed after update on child_name_token
    referencing old table as removed new table as added for each statement execute function child_name_word_count();
create trigger child_name_word_emptied after truncate on child_name_token
    for each statement execute function child_name_word_count();
