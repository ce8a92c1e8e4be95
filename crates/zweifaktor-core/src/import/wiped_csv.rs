//! CSV files whose fields hold secrets (Bitwarden's `login_totp`), read record by record with
//! csv-core into one buffer of ours that is wiped when dropped. The csv crate copies each
//! record into buffers of its own and frees them unwiped.

use zeroize::Zeroizing;

/// Calls `each` with the fields of every record of `text`, in order (the header is the first).
/// Quoted fields may hold commas, quotes and line breaks; blank lines are no records.
pub fn for_each_record(text: &str, mut each: impl FnMut(&[&str])) {
    let mut reader = csv_core::Reader::new();
    // No record is longer than the whole text, so this buffer never grows: growing it would
    // leave an unwiped copy of what it held behind.
    let mut output = Zeroizing::new(vec![0u8; text.len()]);
    // Field end positions hold no secret; they may grow.
    let mut ends = vec![0usize; 16];
    let mut input = text.as_bytes();
    loop {
        let (mut written, mut ended) = (0, 0);
        let done = loop {
            let (result, read, wrote, end_count) =
                reader.read_record(input, &mut output[written..], &mut ends[ended..]);
            input = &input[read..];
            written += wrote;
            ended += end_count;
            match result {
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                csv_core::ReadRecordResult::Record => break false,
                // `OutputFull` cannot happen (see above); stopping is the safe answer anyway.
                csv_core::ReadRecordResult::OutputFull | csv_core::ReadRecordResult::End => {
                    break true;
                }
            }
        };
        if done {
            return;
        }
        let mut fields = Vec::with_capacity(ended);
        let mut start = 0;
        for &end in &ends[..ended] {
            // Fields are the text's own characters between ASCII quotes and separators, so
            // they are UTF-8; an impossible failure reads as an empty field.
            fields.push(std::str::from_utf8(&output[start..end]).unwrap_or_default());
            start = end;
        }
        each(&fields);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<Vec<String>> {
        let mut all = Vec::new();
        for_each_record(text, |fields| {
            all.push(fields.iter().map(|field| (*field).to_owned()).collect());
        });
        all
    }

    #[test]
    fn quotes_separators_and_line_ends_as_csv_writes_them() {
        assert_eq!(
            records("name,totp\r\n\"Bank, \"\"main\"\"\",\"a\nb\"\n\nlast,\n"),
            [
                vec!["name", "totp"],
                vec!["Bank, \"main\"", "a\nb"],
                vec!["last", ""],
            ]
        );
        assert_eq!(records("only"), [vec!["only"]]);
        assert!(records("").is_empty());
    }
}
