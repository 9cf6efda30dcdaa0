//! Helpers shared by the native test files.
#![allow(dead_code)]

use leadership_radar::core::bank::Bank;

/// The dimension ids in radar order, as the content model lists them.
pub const DIMENSION_IDS: [&str; 8] = [
    "direction",
    "change",
    "people",
    "motivation",
    "decisions",
    "development",
    "accountability",
    "problems",
];

/// The compiled-in bank.
pub fn bank() -> &'static Bank {
    Bank::builtin()
}

/// A tiny deterministic xorshift64* generator, so property runs repeat exactly.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
