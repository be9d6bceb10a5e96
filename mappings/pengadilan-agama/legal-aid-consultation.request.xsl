<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Pengadilan Agama PTSP POST /posbakum/antrian (invented interface).
     nomor_referensi carries the hub's request id (the court deduplicates on it); the topic codes
     become the court's (itsbat-nikah -> ITSBAT_NIKAH), requestsFeeWaiver the flag prodeo YA/TIDAK. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <pengajuan>
      <nomor_referensi><xsl:value-of select="string[@key = 'requestId']"/></nomor_referensi>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <jenis_perkara><xsl:value-of select="translate(upper-case($data/string[@key = 'topic']), '-', '_')"/></jenis_perkara>
      <uraian><xsl:value-of select="$data/string[@key = 'summary']"/></uraian>
      <tanggal_diminta><xsl:value-of select="$data/string[@key = 'preferredDate']"/></tanggal_diminta>
      <prodeo><xsl:value-of select="if ($data/boolean[@key = 'requestsFeeWaiver'] = 'true') then 'YA' else 'TIDAK'"/></prodeo>
      <telepon><xsl:value-of select="$data/string[@key = 'phone']"/></telepon>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </pengajuan>
  </xsl:template>
</xsl:stylesheet>
