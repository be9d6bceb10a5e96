<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Pengadilan Agama PTSP POST /sipp/perkara (invented interface). The
     citizen's NIK travels as nik_pihak: the court answers only a party to the case. One page is
     enough: a case number matches one case. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <pengajuan>
      <nomor_perkara><xsl:value-of select="map[@key = 'data']/string[@key = 'caseNumber']"/></nomor_perkara>
      <nik_pihak><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik_pihak>
      <halaman>1</halaman>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </pengajuan>
  </xsl:template>
</xsl:stylesheet>
