//! Integration tests: the real binary, with `--now` pinned where time matters.

mod common;
mod cli {
    mod catalogue;
    mod errors;
    mod events;
    mod feed;
    mod formats;
    mod languages;
    mod pages;
    mod pdf;
    mod readers2;
    mod recognisers;
    mod remind;
    mod shapes3;
    mod shapes4;
    mod snapshots;
}
