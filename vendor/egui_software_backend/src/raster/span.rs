use crate::raster::bary::SingleStepper;
use strength_reduce::StrengthReducedU64;

/// Returns Some((start, end)) for the current row in the triangle. The end points are defined within the aabb of the
/// triangle so add ss_min.x to each to get the screen space coordinate. Returns None if there is no span intersecting
/// this row.
pub fn calc_row_span(
    stepper: &SingleStepper,
    max_cols: i64,
    step_rcp: &[RowDivisor; 3],
) -> Option<(i64, i64)> {
    let mut start = 0;
    let mut end = u64::MAX;
    let w = &stepper.sp_weight;
    let sx = [
        stepper.step[0].step.x,
        stepper.step[1].step.x,
        stepper.step[2].step.x,
    ];

    for i in 0..3 {
        let w = w[i];
        let sx = sx[i];
        let step_rcp = step_rcp[i];
        if w < 0 {
            if sx > 0 {
                // unoptimized: start = start.max(div_ceil(-w, sx));
                start = start.max(div_ceil_sr(-w as u64, step_rcp));
            } else {
                return None;
            }
        } else if sx < 0 {
            // unoptimized: end = end.min(div_floor(w, -sx) + 1);
            // sx < 0 and stepper.step_x_rcp is already abs so no need to negate
            // w >= 0 due to if condition above so cast to u64 is fine
            end = end.min(RowDivisor::div(w as u64, step_rcp) + 1);
        }
    }

    end = end.clamp(0, max_cols as u64);

    if start >= end {
        return None;
    }
    Some((start as i64, end as i64))
}

// based on https://github.com/rust-lang/rust/blob/e4b521903b3b1a671e26a70b9475bcff385767e5/library/core/src/num/int_macros.rs#L3238
#[inline(always)]
pub fn div_ceil_sr(lhs: u64, rhs: RowDivisor) -> u64 {
    let (d, r) = RowDivisor::div_rem(lhs, rhs);

    // When remainder is non-zero we have a.div_ceil(b) == 1 + a.div_floor(b),
    // so we can re-use the algorithm from div_floor, just adding 1.
    let correction = 1 + ((lhs ^ rhs.get()) >> (u64::BITS - 1));
    if r != 0 { d + correction } else { d }
}

/// A divisor for the row spans: strength-reduced when the triangle has enough rows to pay for
/// the reduction (a 128-bit division per divisor), plain otherwise. (Zweifaktor: redrawing
/// small changed rectangles sets up many triangles only a few rows tall, where the reduction
/// cost more than all their divisions.) Both give the same quotient.
#[derive(Clone, Copy)]
pub enum RowDivisor {
    Plain(u64),
    Reduced(StrengthReducedU64),
}

impl RowDivisor {
    #[inline(always)]
    fn get(self) -> u64 {
        match self {
            RowDivisor::Plain(d) => d,
            RowDivisor::Reduced(d) => d.get(),
        }
    }

    #[inline(always)]
    fn div_rem(lhs: u64, rhs: Self) -> (u64, u64) {
        match rhs {
            RowDivisor::Plain(d) => (lhs / d, lhs % d),
            RowDivisor::Reduced(d) => StrengthReducedU64::div_rem(lhs, d),
        }
    }

    #[inline(always)]
    fn div(lhs: u64, rhs: Self) -> u64 {
        match rhs {
            RowDivisor::Plain(d) => lhs / d,
            RowDivisor::Reduced(d) => lhs / d,
        }
    }
}

/// Rows from which strength reduction pays for itself.
const REDUCE_FROM_ROWS: i64 = 16;

pub fn step_rcp(stepper: &SingleStepper, rows: i64) -> [RowDivisor; 3] {
    // max(1) is fine here since the element will already be skipped if step.x == 0
    let divisor = |step_x: i64| {
        let d = step_x.abs().max(1) as u64;
        if rows >= REDUCE_FROM_ROWS {
            RowDivisor::Reduced(StrengthReducedU64::new(d))
        } else {
            RowDivisor::Plain(d)
        }
    };
    [
        divisor(stepper.step[0].step.x),
        divisor(stepper.step[1].step.x),
        divisor(stepper.step[2].step.x),
    ]
}
