//! What the user types into the screen or dialog shown now, kept by the serial number the app
//! gave it: when the app shows another one (or the same kind anew: another procedure to edit,
//! a new unlock screen after a lock), the old input is dropped — passwords wiped, textures
//! freed — and the new one starts from its `init`.

use std::any::Any;

#[derive(Default)]
pub struct Slot {
    serial: u64,
    state: Option<Box<dyn Any>>,
}

impl Slot {
    /// The input kept for `serial`, made by `init` when there is none yet.
    pub fn get<T: 'static>(&mut self, serial: u64, init: impl FnOnce() -> T) -> &mut T {
        let kept = self.serial == serial && self.state.as_ref().is_some_and(|s| s.is::<T>());
        if !kept {
            self.serial = serial;
            self.state = Some(Box::new(init()));
        }
        self.state
            .as_mut()
            .and_then(|state| state.downcast_mut())
            .expect("a state of this type was put there just above")
    }

    /// Nothing is shown in this slot any more.
    pub fn clear(&mut self) {
        self.state = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_is_kept_for_its_serial_and_dropped_for_another() {
        let mut slot = Slot::default();
        slot.get(1, String::new).push_str("typed");
        assert_eq!(slot.get(1, String::new), "typed");
        assert_eq!(slot.get(2, String::new), "", "another screen starts empty");
        slot.get(2, String::new).push_str("again");
        slot.clear();
        assert_eq!(slot.get(2, String::new), "");
    }
}
