//! Splitting a long request into batches: sizes 0, 1 and exact multiples, byte limits, the
//! serialNumberIssue counts, continuing counts across calls, and every batch a valid request.

use hongxun_sign::batch::{split_batches, Batch, BatchOptions, Limit};
use hongxun_sign::validate::{validate, Options};
use hongxun_sign::{canonicalize, Problem};
use serde_json::Value;

/// A serialNumberIssue request with `n` serial numbers (and stale counts the split replaces).
fn serials(n: usize) -> String {
    let lines: Vec<String> =
        (1..=n).map(|i| format!(r#"{{"serialNumber":"SN{i:05}","customerProductCode":"CAM-01"}}"#)).collect();
    format!(
        r#"{{"customerOrderCode":"SO-1","hkTransferDataType":null,"totalCount":9,"currentCount":9,"surPlusCount":0,"productList":[{}]}}"#,
        lines.join(",")
    )
}

fn lpn(n: usize) -> String {
    let lines: Vec<String> = (1..=n).map(|i| format!(r#"{{"lpnNo":"LPN{i}","quantity":12}}"#)).collect();
    format!(r#"{{"sourceNum":"PO-1","batchId":"B-1","lpnList":[{}]}}"#, lines.join(","))
}

fn split(id: &str, request: &str, limit: Limit) -> Vec<Batch> {
    split_batches(id, request, &BatchOptions::new(limit)).unwrap()
}

fn json(batch: &Batch) -> Value {
    serde_json::from_str(&batch.request).unwrap()
}

/// `[totalCount, currentCount, surPlusCount]` of each batch.
fn counts(batches: &[Batch]) -> Vec<[u64; 3]> {
    batches
        .iter()
        .map(|b| {
            let v = json(b);
            ["totalCount", "currentCount", "surPlusCount"].map(|k| v[k].as_u64().unwrap())
        })
        .collect()
}

fn codes(problems: &[Problem]) -> Vec<(String, &'static str)> {
    problems.iter().map(|p| (p.path.clone(), p.code)).collect()
}

/// Every batch is canonical, validates without errors or warnings, and says how many lines it has.
fn assert_each_valid(id: &str, lines_key: &str, batches: &[Batch]) {
    for (i, b) in batches.iter().enumerate() {
        assert_eq!(canonicalize(&b.request).unwrap(), b.request, "batch {i} is canonical");
        let report = validate(id, &b.request, &Options::default());
        assert_eq!(codes(&report.errors), vec![], "batch {i} errors");
        assert_eq!(codes(&report.warnings), vec![], "batch {i} warnings");
        assert_eq!(json(b)[lines_key].as_array().unwrap().len(), b.lines);
    }
}

/// The lines of all batches, in order.
fn all_lines(batches: &[Batch], lines_key: &str) -> Vec<Value> {
    batches.iter().flat_map(|b| json(b)[lines_key].as_array().unwrap().clone()).collect()
}

#[test]
fn no_lines_no_batches() {
    assert_eq!(split("serialNumberIssue", &serials(0), Limit::Lines(10)), vec![]);
    assert_eq!(split("overseasLpn", &lpn(0), Limit::Bytes(1000)), vec![]);
}

#[test]
fn one_line_one_batch() {
    let batches = split("serialNumberIssue", &serials(1), Limit::Lines(10));
    assert_eq!(batches.len(), 1);
    assert_eq!(
        batches[0].request,
        r#"{"currentCount":1,"customerOrderCode":"SO-1","productList":[{"customerProductCode":"CAM-01","serialNumber":"SN00001"}],"surPlusCount":0,"totalCount":1}"#
    );
    assert_each_valid("serialNumberIssue", "productList", &batches);
}

#[test]
fn exact_multiples_fill_every_batch() {
    let batches = split("serialNumberIssue", &serials(6), Limit::Lines(3));
    assert_eq!(batches.iter().map(|b| b.lines).collect::<Vec<_>>(), [3, 3]);
    assert_eq!(counts(&batches), [[6, 3, 3], [6, 3, 0]]);
    assert_each_valid("serialNumberIssue", "productList", &batches);

    let one_each = split("serialNumberIssue", &serials(3), Limit::Lines(1));
    assert_eq!(counts(&one_each), [[3, 1, 2], [3, 1, 1], [3, 1, 0]]);
}

#[test]
fn a_remainder_goes_last() {
    let request = serials(7);
    let batches = split("serialNumberIssue", &request, Limit::Lines(3));
    assert_eq!(counts(&batches), [[7, 3, 4], [7, 3, 1], [7, 1, 0]]);
    assert_each_valid("serialNumberIssue", "productList", &batches);
    let original: Value = serde_json::from_str(&request).unwrap();
    assert_eq!(all_lines(&batches, "productList"), original["productList"].as_array().unwrap().clone());
}

#[test]
fn other_members_repeat_and_lpn_batches_get_no_counts() {
    let batches = split("overseasLpn", &lpn(5), Limit::Lines(2));
    assert_eq!(batches.iter().map(|b| b.lines).collect::<Vec<_>>(), [2, 2, 1]);
    assert_eq!(
        batches[2].request, r#"{"batchId":"B-1","lpnList":[{"lpnNo":"LPN5","quantity":12}],"sourceNum":"PO-1"}"#,
        "sorted, nothing added"
    );
    assert_each_valid("overseasLpn", "lpnList", &batches);
}

#[test]
fn byte_limits_pack_each_batch_as_full_as_it_fits() {
    let request = serials(50);
    let all: Value = serde_json::from_str(&request).unwrap();
    // The batch of `n` lines from line `first` on, as one call of the whole list.
    let batch_of = |first: usize, n: usize| {
        let mut v = all.clone();
        v["productList"] = Value::Array(all["productList"].as_array().unwrap()[first..first + n].to_vec());
        let options = BatchOptions { limit: Limit::Lines(n), lines_before: first, lines_total: Some(50) };
        split_batches("serialNumberIssue", &v.to_string(), &options).unwrap().remove(0)
    };
    for max in [200, 333, 1000, 4096] {
        let batches = split("serialNumberIssue", &request, Limit::Bytes(max));
        assert_each_valid("serialNumberIssue", "productList", &batches);
        assert_eq!(batches.iter().map(|b| b.lines).sum::<usize>(), 50);
        let mut first = 0;
        for (i, b) in batches.iter().enumerate() {
            assert!(b.request.len() <= max, "batch {i} is {} bytes, over {max}", b.request.len());
            assert_eq!(batch_of(first, b.lines), *b);
            if first + b.lines < 50 {
                let one_more = batch_of(first, b.lines + 1).request.len();
                assert!(one_more > max, "batch {i} had room for another line ({one_more} <= {max})");
            }
            first += b.lines;
        }
    }
}

#[test]
fn a_limit_equal_to_a_batch_size_is_met_exactly() {
    let request = serials(6);
    let pairs = split("serialNumberIssue", &request, Limit::Lines(2));
    let exact = pairs[0].request.len();
    assert!(pairs.iter().all(|b| b.request.len() == exact), "same-size lines, same-size batches");
    assert_eq!(split("serialNumberIssue", &request, Limit::Bytes(exact)), pairs);
    let smaller = split("serialNumberIssue", &request, Limit::Bytes(exact - 1));
    assert!(smaller.iter().all(|b| b.lines == 1));
}

#[test]
fn a_line_larger_than_the_byte_limit_is_refused_with_its_path() {
    let request = r#"{"sourceNum":"PO-1","batchId":"B-1","lpnList":[{"lpnNo":"1"},{"lpnNo":"2"},{"lpnNo":"a much longer licence plate"}]}"#;
    let e = split_batches("overseasLpn", request, &BatchOptions::new(Limit::Bytes(70))).unwrap_err();
    assert_eq!(e.code(), "line_too_large");
    assert_eq!(e.path(), Some("/lpnList/2"));
    assert!(e.message().contains("over the limit of 70 bytes"), "{}", e.message());
    assert!(e.message_zh().contains("超过上限 70 字节"), "{}", e.message_zh());
}

#[test]
fn counts_continue_across_calls() {
    // 10 serial numbers sent as two requests of 4 and 6 lines give the batches of one request of 10.
    let whole = split("serialNumberIssue", &serials(10), Limit::Lines(2));
    let all: Value = serde_json::from_str(&serials(10)).unwrap();
    let part = |from: usize, to: usize| {
        let mut v = all.clone();
        v["productList"] = Value::Array(all["productList"].as_array().unwrap()[from..to].to_vec());
        let options = BatchOptions { limit: Limit::Lines(2), lines_before: from, lines_total: Some(10) };
        split_batches("serialNumberIssue", &v.to_string(), &options).unwrap()
    };
    let pieces: Vec<Batch> = part(0, 4).into_iter().chain(part(4, 10)).collect();
    assert_eq!(pieces, whole);
    assert_eq!(counts(&whole)[2], [10, 2, 4]);
}

#[test]
fn refusals_have_codes_and_paths() {
    let fail = |id: &str, request: &str, options: BatchOptions| {
        let e = split_batches(id, request, &options).unwrap_err();
        (e.code(), e.path().map(str::to_string))
    };
    let lines = BatchOptions::new(Limit::Lines(5));
    assert_eq!(fail("nope", "{}", lines), ("unknown_endpoint", None));
    assert_eq!(fail("inOrder", "{}", lines), ("not_batchable", None));
    assert_eq!(fail("overseasLpn", "[]", lines), ("no_lines", Some("/lpnList".into())));
    assert_eq!(fail("overseasLpn", r#"{"batchId":"B"}"#, lines), ("no_lines", Some("/lpnList".into())));
    assert_eq!(fail("overseasLpn", r#"{"lpnList":{}}"#, lines), ("no_lines", Some("/lpnList".into())));
    assert_eq!(fail("overseasLpn", r#"{"lpnList":[],"a":1,"a":2}"#, lines), ("duplicate_key", Some("/a".into())));
    assert_eq!(fail("overseasLpn", &lpn(1), BatchOptions::new(Limit::Lines(0))), ("invalid_argument", None));
    assert_eq!(fail("overseasLpn", &lpn(1), BatchOptions::new(Limit::Bytes(0))), ("invalid_argument", None));
    let overrun = BatchOptions { limit: Limit::Lines(5), lines_before: 3, lines_total: Some(3) };
    assert_eq!(fail("overseasLpn", &lpn(1), overrun), ("invalid_argument", None));
}
