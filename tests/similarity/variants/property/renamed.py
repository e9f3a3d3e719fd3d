v0_ORE = -273.15


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._v1_sui

    @celsius.setter
    def celsius(self, v2_eul):
        v2_eul = float(v2_eul)
        if v2_eul < v0_ORE:
            raise ValueError(f"{v2_eul} °C is below absolute zero")
        self._v1_sui = v2_eul

    @property
    def fahrenheit(self):
        return self._v1_sui * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, v2_eul):
        self.celsius = (float(v2_eul) - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._v1_sui - v0_ORE
