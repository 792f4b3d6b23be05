//! Integration tests: the real binary, with `--now` pinned where time matters.

mod common;
mod cli {
    mod browser;
    mod catalogue;
    mod check;
    mod conventions;
    mod courses;
    mod daemon;
    mod errors;
    mod events;
    mod feed;
    mod formats;
    mod kept_parse;
    mod languages;
    mod notices;
    mod page;
    mod pages;
    mod pdf;
    mod readers2;
    mod readme;
    mod recognisers;
    mod remind;
    mod sections;
    mod sessions;
    mod shapes10;
    mod shapes11;
    mod shapes12;
    mod shapes13;
    mod shapes14;
    mod shapes15;
    mod shapes16;
    mod shapes17;
    mod shapes18;
    mod shapes3;
    mod shapes4;
    mod shapes5;
    mod shapes6;
    mod shapes7;
    mod shapes8;
    mod shapes9;
    mod snapshots;
    mod standards;
    mod term;
}
